module {
  func.func @main(%arg0: !torch.vtensor<[2,16],f32>, %arg1: !torch.vtensor<[2,4],si64>, %arg2: !torch.vtensor<[2,16],i1>) -> (!torch.vtensor<[2,4],f32>, !torch.vtensor<[2,8],f32>, !torch.vtensor<[2,16],f32>, !torch.vtensor<[2,16],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2,16],i1>, !torch.vtensor<[4],i1>) attributes {torch.assume_strict_symbolic_shapes} {
    %int0 = torch.constant.int 0
    %0 = torch.aten.lt.Scalar %arg1, %int0 : !torch.vtensor<[2,4],si64>, !torch.int -> !torch.vtensor<[2,4],i1>
    %int16 = torch.constant.int 16
    %1 = torch.aten.ge.Scalar %arg1, %int16 : !torch.vtensor<[2,4],si64>, !torch.int -> !torch.vtensor<[2,4],i1>
    %2 = torch.aten.logical_or %0, %1 : !torch.vtensor<[2,4],i1>, !torch.vtensor<[2,4],i1> -> !torch.vtensor<[2,4],i1>
    %3 = torch.aten.logical_not %2 : !torch.vtensor<[2,4],i1> -> !torch.vtensor<[2,4],i1>
    %4 = torch.aten.mul.Tensor %arg1, %3 : !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],i1> -> !torch.vtensor<[2,4],si64>
    %5 = torch.aten.any %2 : !torch.vtensor<[2,4],i1> -> !torch.vtensor<[],i1>
    %int1 = torch.constant.int 1
    %false = torch.constant.bool false
    %6 = torch.aten.gather %arg0, %int1, %4, %false : !torch.vtensor<[2,16],f32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.bool -> !torch.vtensor<[2,4],f32>
    %int8 = torch.constant.int 8
    %7 = torch.prim.ListConstruct %int8 : (!torch.int) -> !torch.list<int>
    %8 = torch.aten.view %arg1, %7 : !torch.vtensor<[2,4],si64>, !torch.list<int> -> !torch.vtensor<[8],si64>
    %int0_0 = torch.constant.int 0
    %9 = torch.aten.lt.Scalar %8, %int0_0 : !torch.vtensor<[8],si64>, !torch.int -> !torch.vtensor<[8],i1>
    %int20 = torch.constant.int 20
    %10 = torch.aten.ge.Scalar %8, %int20 : !torch.vtensor<[8],si64>, !torch.int -> !torch.vtensor<[8],i1>
    %11 = torch.aten.logical_or %9, %10 : !torch.vtensor<[8],i1>, !torch.vtensor<[8],i1> -> !torch.vtensor<[8],i1>
    %12 = torch.aten.logical_not %11 : !torch.vtensor<[8],i1> -> !torch.vtensor<[8],i1>
    %13 = torch.aten.mul.Tensor %8, %12 : !torch.vtensor<[8],si64>, !torch.vtensor<[8],i1> -> !torch.vtensor<[8],si64>
    %14 = torch.aten.any %11 : !torch.vtensor<[8],i1> -> !torch.vtensor<[],i1>
    %15 = torch.vtensor.literal(dense_resource<torch_tensor_20_8_torch.float32> : tensor<20x8xf32>) : !torch.vtensor<[20,8],f32>
    %int0_1 = torch.constant.int 0
    %16 = torch.aten.index_select %15, %int0_1, %13 : !torch.vtensor<[20,8],f32>, !torch.int, !torch.vtensor<[8],si64> -> !torch.vtensor<[8,8],f32>
    %int2 = torch.constant.int 2
    %int4 = torch.constant.int 4
    %int8_2 = torch.constant.int 8
    %17 = torch.prim.ListConstruct %int2, %int4, %int8_2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %18 = torch.aten.view %16, %17 : !torch.vtensor<[8,8],f32>, !torch.list<int> -> !torch.vtensor<[2,4,8],f32>
    %int1_3 = torch.constant.int 1
    %19 = torch.prim.ListConstruct %int1_3 : (!torch.int) -> !torch.list<int>
    %false_4 = torch.constant.bool false
    %none = torch.constant.none
    %20 = torch.aten.sum.dim_IntList %18, %19, %false_4, %none : !torch.vtensor<[2,4,8],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2,8],f32>
    %int0_5 = torch.constant.int 0
    %none_6 = torch.constant.none
    %none_7 = torch.constant.none
    %none_8 = torch.constant.none
    %false_9 = torch.constant.bool false
    %int1_10 = torch.constant.int 1
    %21 = torch.aten.full_like %arg0, %int0_5, %none_6, %none_7, %none_8, %false_9, %int1_10 : !torch.vtensor<[2,16],f32>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.int -> !torch.vtensor<[2,16],f32>
    %int0_11 = torch.constant.int 0
    %22 = torch.aten.lt.Scalar %arg1, %int0_11 : !torch.vtensor<[2,4],si64>, !torch.int -> !torch.vtensor<[2,4],i1>
    %int16_12 = torch.constant.int 16
    %23 = torch.aten.ge.Scalar %arg1, %int16_12 : !torch.vtensor<[2,4],si64>, !torch.int -> !torch.vtensor<[2,4],i1>
    %24 = torch.aten.logical_or %22, %23 : !torch.vtensor<[2,4],i1>, !torch.vtensor<[2,4],i1> -> !torch.vtensor<[2,4],i1>
    %25 = torch.aten.logical_not %24 : !torch.vtensor<[2,4],i1> -> !torch.vtensor<[2,4],i1>
    %26 = torch.aten.mul.Tensor %arg1, %25 : !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],i1> -> !torch.vtensor<[2,4],si64>
    %27 = torch.aten.any %24 : !torch.vtensor<[2,4],i1> -> !torch.vtensor<[],i1>
    %int1_13 = torch.constant.int 1
    %28 = torch.aten.scatter_add %21, %int1_13, %26, %6 : !torch.vtensor<[2,16],f32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],f32> -> !torch.vtensor<[2,16],f32>
    %int1_14 = torch.constant.int 1
    %int0_15 = torch.constant.int 0
    %int1_16 = torch.constant.int 1
    %int1_17 = torch.constant.int 1
    %29 = torch.aten.slice.Tensor %arg1, %int1_14, %int0_15, %int1_16, %int1_17 : !torch.vtensor<[2,4],si64>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,1],si64>
    %int0_18 = torch.constant.int 0
    %30 = torch.aten.lt.Scalar %29, %int0_18 : !torch.vtensor<[2,1],si64>, !torch.int -> !torch.vtensor<[2,1],i1>
    %int16_19 = torch.constant.int 16
    %31 = torch.aten.ge.Scalar %29, %int16_19 : !torch.vtensor<[2,1],si64>, !torch.int -> !torch.vtensor<[2,1],i1>
    %32 = torch.aten.logical_or %30, %31 : !torch.vtensor<[2,1],i1>, !torch.vtensor<[2,1],i1> -> !torch.vtensor<[2,1],i1>
    %33 = torch.aten.logical_not %32 : !torch.vtensor<[2,1],i1> -> !torch.vtensor<[2,1],i1>
    %34 = torch.aten.mul.Tensor %29, %33 : !torch.vtensor<[2,1],si64>, !torch.vtensor<[2,1],i1> -> !torch.vtensor<[2,1],si64>
    %35 = torch.aten.any %32 : !torch.vtensor<[2,1],i1> -> !torch.vtensor<[],i1>
    %int1_20 = torch.constant.int 1
    %float-1.000000e00 = torch.constant.float -1.000000e+00
    %36 = torch.aten.scatter.value %arg0, %int1_20, %34, %float-1.000000e00 : !torch.vtensor<[2,16],f32>, !torch.int, !torch.vtensor<[2,1],si64>, !torch.float -> !torch.vtensor<[2,16],f32>
    %37 = torch.aten.bitwise_not %arg2 : !torch.vtensor<[2,16],i1> -> !torch.vtensor<[2,16],i1>
    %float0.000000e00 = torch.constant.float 0.000000e+00
    %int6 = torch.constant.int 6
    %int0_21 = torch.constant.int 0
    %cpu = torch.constant.device "cpu"
    %none_22 = torch.constant.none
    %38 = torch.aten.scalar_tensor %float0.000000e00, %int6, %int0_21, %cpu, %none_22 : !torch.float, !torch.int, !torch.int, !torch.Device, !torch.none -> !torch.vtensor<[],f32>
    %39 = torch.aten.where.self %37, %38, %arg0 : !torch.vtensor<[2,16],i1>, !torch.vtensor<[],f32>, !torch.vtensor<[2,16],f32> -> !torch.vtensor<[2,16],f32>
    %int2_23 = torch.constant.int 2
    %40 = torch.aten.mul.Scalar %arg0, %int2_23 : !torch.vtensor<[2,16],f32>, !torch.int -> !torch.vtensor<[2,16],f32>
    %41 = torch.aten.where.self %arg2, %arg0, %40 : !torch.vtensor<[2,16],i1>, !torch.vtensor<[2,16],f32>, !torch.vtensor<[2,16],f32> -> !torch.vtensor<[2,16],f32>
    %none_24 = torch.constant.none
    %none_25 = torch.constant.none
    %int11 = torch.constant.int 11
    %cpu_26 = torch.constant.device "cpu"
    %int0_27 = torch.constant.int 0
    torch.aten._assert_tensor_metadata %arg2, %none_24, %none_25, %int11, %cpu_26, %int0_27 : !torch.vtensor<[2,16],i1>, !torch.none, !torch.none, !torch.int, !torch.Device, !torch.int
    %int4_28 = torch.constant.int 4
    %none_29 = torch.constant.none
    %none_30 = torch.constant.none
    %none_31 = torch.constant.none
    %false_32 = torch.constant.bool false
    %none_33 = torch.constant.none
    %42 = torch.aten._to_copy %arg2, %int4_28, %none_29, %none_30, %none_31, %false_32, %none_33 : !torch.vtensor<[2,16],i1>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[2,16],si64>
    %int-1 = torch.constant.int -1
    %none_34 = torch.constant.none
    %43 = torch.aten.cumsum %42, %int-1, %none_34 : !torch.vtensor<[2,16],si64>, !torch.int, !torch.none -> !torch.vtensor<[2,16],si64>
    %int-1_35 = torch.constant.int -1
    %false_36 = torch.constant.bool false
    %44 = torch.aten.argmax %39, %int-1_35, %false_36 : !torch.vtensor<[2,16],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2],si64>
    %int0_37 = torch.constant.int 0
    %45 = torch.aten.gt.Scalar %arg0, %int0_37 : !torch.vtensor<[2,16],f32>, !torch.int -> !torch.vtensor<[2,16],i1>
    %46 = torch.aten.bitwise_and.Tensor %45, %arg2 : !torch.vtensor<[2,16],i1>, !torch.vtensor<[2,16],i1> -> !torch.vtensor<[2,16],i1>
    %int1_38 = torch.constant.int 1
    %int1_39 = torch.constant.int 1
    %47 = torch.aten.add.Scalar %6, %int1_38, %int1_39 : !torch.vtensor<[2,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4],f32>
    %int1_40 = torch.constant.int 1
    %48 = torch.aten.add.Tensor %28, %36, %int1_40 : !torch.vtensor<[2,16],f32>, !torch.vtensor<[2,16],f32>, !torch.int -> !torch.vtensor<[2,16],f32>
    %int1_41 = torch.constant.int 1
    %49 = torch.aten.add.Tensor %48, %41, %int1_41 : !torch.vtensor<[2,16],f32>, !torch.vtensor<[2,16],f32>, !torch.int -> !torch.vtensor<[2,16],f32>
    %50 = torch.prim.ListConstruct %5, %14, %27, %35 : (!torch.vtensor<[],i1>, !torch.vtensor<[],i1>, !torch.vtensor<[],i1>, !torch.vtensor<[],i1>) -> !torch.list<vtensor>
    %int0_42 = torch.constant.int 0
    %51 = torch.aten.stack %50, %int0_42 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[4],i1>
    return %47, %20, %49, %43, %44, %46, %51 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,8],f32>, !torch.vtensor<[2,16],f32>, !torch.vtensor<[2,16],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2,16],i1>, !torch.vtensor<[4],i1>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_20_8_torch.float32: "0x0400000062FE533EB8DDD5BFB02917C0AC2B37BF7B0BE3BE429DF4BEA58BB23F2DDC24BF1737BCBE85794ABD4332C43FE44D803FE68CEFBE479DA63C1F180A3F92DD2F3FBBB85E3F00828A3EAE1B243FFA87614084E7B73D3439383E86F83F3E2A9A963E277CD13F6056D5BEA46A843F737CC23F405F5F3E0BBD1CC05C98043E35C9813E99C89E3F3DE9983E64C74C3FE487263C90F88FBEDEE698BD672BE83F7B7E2EBF54070E3F65D0B63EA8019EBE282385BEC039283E4A4D8E3E81ED83BF077E05BF3C40B23F756CCEBEDDE907BFEAA3293FDE9847BF3849B23EE988403FCEA14ABFA0127DBFD7B26A3FA8FDBA3FF959A0BF240A4F3F93E34E3F66A1C53EAEBBA5BF0FAB6DBF706462BFC478BA3EA6AEDD3F24D8AF3E7BCD363ECB5313BFEAE0883F5B34D23FBEC9C63E537B8C3E8C28C2BE1E8418BEC887AEBF7CBA8DBD2505B93ED2325EBF4D040440C57AED3E18C33DC03AF0A63DA33232BFB9DD1BBFD5560E3FA10DD13EDEAE5E3F9E262B3F7AA6AD3D329528BEFEFECABEB44736BE11C958BE7A1AA0BF931E61BEC280A43D43AD2E3E266A3FBF3A53003E1D5EB7BF51B148BFF77E973FFBE21C3E5932A0BFA34848BF4754A73F57A678BF89575ABEB01F0F3E1F2AA0BF8EEAB2BFC9E94C3F98A33E405688423F936209C076E14CBFAF9DF6BE2D672BBF68F4AABFC81DD2BD8D8C06BFB6CB45BE0D7EA5BFC0ED01BF969548BEB574E23E32FF103D049D1C3E2CE97EBFD6B8C0BC9BEB0BC036D8B23E281FBEBEBF6C1E4062FD8C3F1C32B73FB298E6BFA8C487BE397EC43F21B63A3E8EE83E3F8B4418C084291C3CFBCEFE3E3E2C973FE0FA213E69EE9CBE91B2C63EA47E303F5C4199BE549AB63F0DE2663EC374693F44B21EBF1B3A84BFCBCF2F3D41F01F3F"
    }
  }
#-}
