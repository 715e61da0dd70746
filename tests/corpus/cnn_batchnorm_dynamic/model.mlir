module {
  util.global private @"4.weight" = #stream.parameter.named<"model"::"4.weight"> : tensor<32x16x3x3xf32>
  func.func @main(%arg0: !torch.vtensor<[?,3,32,32],f32>) -> !torch.vtensor<[?,10],f32> attributes {torch.assume_strict_symbolic_shapes} {
    %0 = torch.symbolic_int "s31" {min_val = 1, max_val = 64} : !torch.int
    torch.bind_symbolic_shape %arg0, [%0], affine_map<()[s0] -> (s0, 3, 32, 32)> : !torch.vtensor<[?,3,32,32],f32>
    %int0 = torch.constant.int 0
    %1 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,3,32,32],f32>, !torch.int -> !torch.int
    %2 = torch.vtensor.literal(dense_resource<torch_tensor_16_3_3_3_torch.float32> : tensor<16x3x3x3xf32>) : !torch.vtensor<[16,3,3,3],f32>
    %3 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int1 = torch.constant.int 1
    %int1_0 = torch.constant.int 1
    %4 = torch.prim.ListConstruct %int1, %int1_0 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_1 = torch.constant.int 1
    %int1_2 = torch.constant.int 1
    %5 = torch.prim.ListConstruct %int1_1, %int1_2 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_3 = torch.constant.int 1
    %int1_4 = torch.constant.int 1
    %6 = torch.prim.ListConstruct %int1_3, %int1_4 : (!torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %int0_5 = torch.constant.int 0
    %int0_6 = torch.constant.int 0
    %7 = torch.prim.ListConstruct %int0_5, %int0_6 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_7 = torch.constant.int 1
    %8 = torch.aten.convolution %arg0, %2, %3, %4, %5, %6, %false, %7, %int1_7 : !torch.vtensor<[?,3,32,32],f32>, !torch.vtensor<[16,3,3,3],f32>, !torch.vtensor<[16],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,16,32,32],f32>
    torch.bind_symbolic_shape %8, [%0], affine_map<()[s0] -> (s0, 16, 32, 32)> : !torch.vtensor<[?,16,32,32],f32>
    %9 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_1> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %float1.000000e-05 = torch.constant.float 1.000000e-05
    %int1_8 = torch.constant.int 1
    %10 = torch.aten.add.Scalar %9, %float1.000000e-05, %int1_8 : !torch.vtensor<[16],f32>, !torch.float, !torch.int -> !torch.vtensor<[16],f32>
    %11 = torch.aten.rsqrt %10 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %12 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_2> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %13 = torch.aten.mul.Tensor %11, %12 : !torch.vtensor<[16],f32>, !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %14 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_3> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int1_9 = torch.constant.int 1
    %int-1 = torch.constant.int -1
    %int1_10 = torch.constant.int 1
    %int1_11 = torch.constant.int 1
    %15 = torch.prim.ListConstruct %int1_9, %int-1, %int1_10, %int1_11 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %16 = torch.aten.view %14, %15 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %int1_12 = torch.constant.int 1
    %17 = torch.aten.sub.Tensor %8, %16, %int1_12 : !torch.vtensor<[?,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32>, !torch.int -> !torch.vtensor<[?,16,32,32],f32>
    torch.bind_symbolic_shape %17, [%0], affine_map<()[s0] -> (s0, 16, 32, 32)> : !torch.vtensor<[?,16,32,32],f32>
    %int1_13 = torch.constant.int 1
    %int-1_14 = torch.constant.int -1
    %int1_15 = torch.constant.int 1
    %int1_16 = torch.constant.int 1
    %18 = torch.prim.ListConstruct %int1_13, %int-1_14, %int1_15, %int1_16 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %19 = torch.aten.view %13, %18 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %20 = torch.aten.mul.Tensor %17, %19 : !torch.vtensor<[?,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32> -> !torch.vtensor<[?,16,32,32],f32>
    torch.bind_symbolic_shape %20, [%0], affine_map<()[s0] -> (s0, 16, 32, 32)> : !torch.vtensor<[?,16,32,32],f32>
    %21 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_4> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int1_17 = torch.constant.int 1
    %int-1_18 = torch.constant.int -1
    %int1_19 = torch.constant.int 1
    %int1_20 = torch.constant.int 1
    %22 = torch.prim.ListConstruct %int1_17, %int-1_18, %int1_19, %int1_20 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %23 = torch.aten.view %21, %22 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %int1_21 = torch.constant.int 1
    %24 = torch.aten.add.Tensor %20, %23, %int1_21 : !torch.vtensor<[?,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32>, !torch.int -> !torch.vtensor<[?,16,32,32],f32>
    torch.bind_symbolic_shape %24, [%0], affine_map<()[s0] -> (s0, 16, 32, 32)> : !torch.vtensor<[?,16,32,32],f32>
    %25 = torch.aten.relu %24 : !torch.vtensor<[?,16,32,32],f32> -> !torch.vtensor<[?,16,32,32],f32>
    torch.bind_symbolic_shape %25, [%0], affine_map<()[s0] -> (s0, 16, 32, 32)> : !torch.vtensor<[?,16,32,32],f32>
    %int2 = torch.constant.int 2
    %int2_22 = torch.constant.int 2
    %26 = torch.prim.ListConstruct %int2, %int2_22 : (!torch.int, !torch.int) -> !torch.list<int>
    %int2_23 = torch.constant.int 2
    %int2_24 = torch.constant.int 2
    %27 = torch.prim.ListConstruct %int2_23, %int2_24 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_25 = torch.constant.int 0
    %int0_26 = torch.constant.int 0
    %28 = torch.prim.ListConstruct %int0_25, %int0_26 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_27 = torch.constant.int 1
    %int1_28 = torch.constant.int 1
    %29 = torch.prim.ListConstruct %int1_27, %int1_28 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_29 = torch.constant.bool false
    %result0, %result1 = torch.aten.max_pool2d_with_indices %25, %26, %27, %28, %29, %false_29 : !torch.vtensor<[?,16,32,32],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?,16,16,16],f32>, !torch.vtensor<[?,16,16,16],si64>
    torch.bind_symbolic_shape %result0, [%0], affine_map<()[s0] -> (s0, 16, 16, 16)> : !torch.vtensor<[?,16,16,16],f32>
    %_4.weight = util.global.load @"4.weight" : tensor<32x16x3x3xf32>
    %30 = torch_c.from_builtin_tensor %_4.weight : tensor<32x16x3x3xf32> -> !torch.vtensor<[32,16,3,3],f32>
    %31 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int2_30 = torch.constant.int 2
    %int2_31 = torch.constant.int 2
    %32 = torch.prim.ListConstruct %int2_30, %int2_31 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_32 = torch.constant.int 1
    %int1_33 = torch.constant.int 1
    %33 = torch.prim.ListConstruct %int1_32, %int1_33 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_34 = torch.constant.int 1
    %int1_35 = torch.constant.int 1
    %34 = torch.prim.ListConstruct %int1_34, %int1_35 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_36 = torch.constant.bool false
    %int0_37 = torch.constant.int 0
    %int0_38 = torch.constant.int 0
    %35 = torch.prim.ListConstruct %int0_37, %int0_38 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_39 = torch.constant.int 1
    %36 = torch.aten.convolution %result0, %30, %31, %32, %33, %34, %false_36, %35, %int1_39 : !torch.vtensor<[?,16,16,16],f32>, !torch.vtensor<[32,16,3,3],f32>, !torch.vtensor<[32],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,32,8,8],f32>
    torch.bind_symbolic_shape %36, [%0], affine_map<()[s0] -> (s0, 32, 8, 8)> : !torch.vtensor<[?,32,8,8],f32>
    %37 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_1> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %float1.000000e-05_40 = torch.constant.float 1.000000e-05
    %int1_41 = torch.constant.int 1
    %38 = torch.aten.add.Scalar %37, %float1.000000e-05_40, %int1_41 : !torch.vtensor<[32],f32>, !torch.float, !torch.int -> !torch.vtensor<[32],f32>
    %39 = torch.aten.rsqrt %38 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %40 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_2> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %41 = torch.aten.mul.Tensor %39, %40 : !torch.vtensor<[32],f32>, !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %42 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_3> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_42 = torch.constant.int 1
    %int-1_43 = torch.constant.int -1
    %int1_44 = torch.constant.int 1
    %int1_45 = torch.constant.int 1
    %43 = torch.prim.ListConstruct %int1_42, %int-1_43, %int1_44, %int1_45 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %44 = torch.aten.view %42, %43 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_46 = torch.constant.int 1
    %45 = torch.aten.sub.Tensor %36, %44, %int1_46 : !torch.vtensor<[?,32,8,8],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[?,32,8,8],f32>
    torch.bind_symbolic_shape %45, [%0], affine_map<()[s0] -> (s0, 32, 8, 8)> : !torch.vtensor<[?,32,8,8],f32>
    %int1_47 = torch.constant.int 1
    %int-1_48 = torch.constant.int -1
    %int1_49 = torch.constant.int 1
    %int1_50 = torch.constant.int 1
    %46 = torch.prim.ListConstruct %int1_47, %int-1_48, %int1_49, %int1_50 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %47 = torch.aten.view %41, %46 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %48 = torch.aten.mul.Tensor %45, %47 : !torch.vtensor<[?,32,8,8],f32>, !torch.vtensor<[1,32,1,1],f32> -> !torch.vtensor<[?,32,8,8],f32>
    torch.bind_symbolic_shape %48, [%0], affine_map<()[s0] -> (s0, 32, 8, 8)> : !torch.vtensor<[?,32,8,8],f32>
    %49 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_4> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_51 = torch.constant.int 1
    %int-1_52 = torch.constant.int -1
    %int1_53 = torch.constant.int 1
    %int1_54 = torch.constant.int 1
    %50 = torch.prim.ListConstruct %int1_51, %int-1_52, %int1_53, %int1_54 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %51 = torch.aten.view %49, %50 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_55 = torch.constant.int 1
    %52 = torch.aten.add.Tensor %48, %51, %int1_55 : !torch.vtensor<[?,32,8,8],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[?,32,8,8],f32>
    torch.bind_symbolic_shape %52, [%0], affine_map<()[s0] -> (s0, 32, 8, 8)> : !torch.vtensor<[?,32,8,8],f32>
    %53 = torch.aten.relu %52 : !torch.vtensor<[?,32,8,8],f32> -> !torch.vtensor<[?,32,8,8],f32>
    torch.bind_symbolic_shape %53, [%0], affine_map<()[s0] -> (s0, 32, 8, 8)> : !torch.vtensor<[?,32,8,8],f32>
    %int-1_56 = torch.constant.int -1
    %int-2 = torch.constant.int -2
    %54 = torch.prim.ListConstruct %int-1_56, %int-2 : (!torch.int, !torch.int) -> !torch.list<int>
    %true = torch.constant.bool true
    %none = torch.constant.none
    %55 = torch.aten.mean.dim %53, %54, %true, %none : !torch.vtensor<[?,32,8,8],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[?,32,1,1],f32>
    torch.bind_symbolic_shape %55, [%0], affine_map<()[s0] -> (s0, 32, 1, 1)> : !torch.vtensor<[?,32,1,1],f32>
    %int32 = torch.constant.int 32
    %56 = torch.prim.ListConstruct %1, %int32 : (!torch.int, !torch.int) -> !torch.list<int>
    %57 = torch.aten.view %55, %56 : !torch.vtensor<[?,32,1,1],f32>, !torch.list<int> -> !torch.vtensor<[?,32],f32>
    torch.bind_symbolic_shape %57, [%0], affine_map<()[s0] -> (s0, 32)> : !torch.vtensor<[?,32],f32>
    %58 = torch.vtensor.literal(dense_resource<torch_tensor_10_32_torch.float32> : tensor<10x32xf32>) : !torch.vtensor<[10,32],f32>
    %int1_57 = torch.constant.int 1
    %int0_58 = torch.constant.int 0
    %59 = torch.prim.ListConstruct %int1_57, %int0_58 : (!torch.int, !torch.int) -> !torch.list<int>
    %60 = torch.aten.permute %58, %59 : !torch.vtensor<[10,32],f32>, !torch.list<int> -> !torch.vtensor<[32,10],f32>
    %61 = torch.vtensor.literal(dense_resource<torch_tensor_10_torch.float32> : tensor<10xf32>) : !torch.vtensor<[10],f32>
    %int1_59 = torch.constant.int 1
    %int1_60 = torch.constant.int 1
    %62 = torch.aten.addmm %61, %57, %60, %int1_59, %int1_60 : !torch.vtensor<[10],f32>, !torch.vtensor<[?,32],f32>, !torch.vtensor<[32,10],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,10],f32>
    torch.bind_symbolic_shape %62, [%0], affine_map<()[s0] -> (s0, 10)> : !torch.vtensor<[?,10],f32>
    return %62 : !torch.vtensor<[?,10],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_16_3_3_3_torch.float32: "0x04000000901C3C3E677218BEEE570C3E7B9CC73D0A8942BEE0E5063E43DEDBBD1D1FDF3D1244123E14917DBD781F3E3ECE4B143E901918BC6E300C3D2F3A933D2A0A043E672907BE624EEDBDFC43E3BD23D822BEE014E43C9DD6873D8C32693D983D0DBE94A9A9BC7CA3113ED8703B3E741A36BE5AE9F4BB4BEEBCBD5B3BA23DFEDA173DD57809BE8D78D0BD66F141BE920DB13DC4A50C3E03552CBE9E7E9B3C53AB2B3D34A200BE21F4C03D3F095F3CA080193DBC7F9BBDC544273E7B634D3CE09FB63DA60DF8BC716EDABCCC8808BE0BDC31BEE20313BE7474943D9E360D3D90D0323DE14223BE4A24433C5F012E3EA80463BDD8EA893C3F3B2ABE5418E23B6F7444BE55CD1E3EBD1710BEDA74363E7B5942BE6D72BCBC734B0ABE9D34203E389904BEB2E70C3E930036BD096D0C3E0CDD4BBDA39EC8BD367ED1BC654772BC0A561FBEF4E815BE7A38C73D4B13BFBD91B108BEDD6E46BD4225C0BD951BC3BD87E495BDD0F38FBDE1A8A53C236168BD211F0E3EF6CA37BE22F61FBD22347EBC1C0A26BEF448F5BD0E34003E7B351A3DA796A6BC5F1A05BE32B602BE533D30BC64A6413EF86ECF3DA2063EBEE4693FBEEB743F3E9FCBE63D8DAEA43C41E7433E49273C3E1656D1BD72B08C3DE38B733D73B5EE3D70690A3E5774B7BDB875033EAD5232BE6ECF6E3C06DA163E3C8D613D473631BEF9E332BE3D566F3CE8CEBD3D39BEA23D1721963D1A17623D3F1A163D6E5585BDD33D153EADE9AEBD2F0919BE5434283E0BB1EABC642BCEBDF6169D3D6A788F3DD353D8BB1F73FC3DEC9123BEDAB203BDF1FC1A3EDD90353EBF9694BD85AAE8BD1C7616BE8A2F2C3D19C9153E68CDC3BD237D09BEB2B9F93DB42603BEF1C14F3D7B76F7BC89CD96BCA0E8373EB159CB3DDCF3383E9FEA41BEA587833CF44213BE40855EBD6A55833DF749AE3D4F96ACBC39D415BE420588BDF4C1DFBD921C44BE949DCDBD248AA43D248DB5BD10974A3D40DC6E3D53A825BD0130413E5A3AE73D0B7E3F3B938588BD28BCC3BD28F8F0BDE5B73C3EF61D8D3A8C63D33D90A3FE3CABE521BE1604DD3C663089BD9D3B6CBDA94610BE7447FB3D55A8AB3DCD16323DDD7130BEB2DDF0BD8413B23D237B143E2C73243E0FF7AA3DC3EC1D3CEE8F29BEE4C81C3E72741F3D3560F03D86DE183E693EF63D9A624B3C5BDF253E642B97BDDB8D593D3896C1BD4F812ABEA9A718BD313F1B3EB7F11A3E732B25BD64D2C0BC2A3E323E8ECD32BEF4B9BDBD5812EC3D6E9EF63DE93CDA3D261421BE383D063E4546083DB1A62E3E4275BBBD2346E3BD22AAED3C6B7DC8BDC77309BE9907EF3D09E6DFBDD94138BEE4B0C53D220881BD4F5F3BBE2984A7BDDD938F3D56DC773C34070CBE9F74173E417CF5BDF518F83B0818AF3C6E88373E32E2603CF7C2D3BDC3B0FDBD1FA31BBEABDF2E3EEB46B8BDDBC8343E33C389BD38F3133EAD97A6BDEA2B2D3DD5EA2A3E2A31303EA52D14BC23D2053D351EC0BC472FE2BCC45A09BE9BEDEABD372885BDC87443BE5F66393E3A44C3BDAF3523BD4E2AFE3DCDA794BD4F64593DAD1B0F3E0A1E35BC9E00BCBD5EAC1E3D0E0FAB3BA874FBBD336184BDDF656EBC56795DBC332305BD1B7FB53D129A20BE2E3B963C08621A3D502E773D281ED1BD97CCEEBD74CB10BE25CB5CBDDC91003E0821AC3D3211593CC39A12BE0AA2D63A514BB93D0752ED3DE8BF22BE9E2404BE45D7423E83DDB1BDDEF32A3E233678BD85D1FE3D123D193EA82DD8BDE9F53A3EC90C38BEEA523EBE66239D3D7D222B3E75D9183EAF2AF43D93283E3EC84CF23DA4049B3D985B0CBE3E7D0E3E8053223E562217BDBDC79F3D4C7AE23D521B1FBE19014E3D087A2D3EDCF42CBE3E87AFBD2375B0BD644013BE633EF63D08B4D23DA1EEC3BDF65AC53B0F8E423DF46A73BD6580383E7DAC77BDCAAD90BCDCF631BE0E98A0BC0A1DBEBC48CB173D388B2C3E255C9DBD6E49233E35B5083E59DC27BD558D9ABD071BAFBDC530C4BDC9EC1FBE85F133BEEF3F833D3C461C3D1367A73D5F9A3C3E9885DDBD8C93EDBDB3574EBB52C609BEA111FD3A33073ABE761E28BEF4113BBD2E6AB2BCAE68253EC46534BCAFCFC23D514407BEE0570B3D03EFAA3CCD12C83D845613BEF53F47BD4CC2193DA8C7F3BD3EF0F0BD4AF499BCDB463EBEB448953D0E759DBACF8F30BEC987DA3D77601DBC6D91F9BD9410AEBD437711BE3F4D28BD68112ABC8E3B233C273BD6BDE009E33D6AA2053E61792EBE2EACCF3DBE3623BD134B873D70FD693D6FB30A3E3BD32EBD001548BDABC02BBE4E42F4BD34DE99BCFCE6893DD105073EFAEE8ABD1598D63CBB5F9F3DACD889BD7028DF3DE732FA3DE00EABBDCC68073E3A74CDBDDBB00E3C0E1806BE658DF93CEEEFC73DFA5713BD836540BEF9328BBDFA381FBDFB871CBEBBF61B3DE515F53D",
      torch_tensor_16_torch.float32: "0x040000005C272EBED093F3BD146CE2BDDA31873D36F8963B73E3CBBDA2AD00BD29FE74BD068B01BE9176EB3D211A0CBE76EC58BDF5FECD3D32D0FA3DEFB3403E827E08BE",
      torch_tensor_16_torch.float32_1: "0x040000006216723F3CB99D3FE812B83F91810E3F936E163FA67CBF3FCD21513F7480893FDE7B983FD51B893F02779D3F3A15923F303DA23FD6E0A53F0147043FF4C73F3F",
      torch_tensor_16_torch.float32_2: "0x04000000796A4C3F60DF273FBADA8C3F38C3A73FF2A74E3FCCBA533FFA04583F7F3B323F32628B3F36C5943FE2A1B23F44D2213F7EBBA63F849C933F82E8623FB6C3613F",
      torch_tensor_16_torch.float32_3: "0x04000000F83ABABE865CE4BE88F2DD3E38DCC03E8697F3BEC222EA3EBA87CDBE74C3C4BEF04DCEBD082EF03E82BF843E92F9C6BE86BBA23E66FBE73ECC3B18BE00E307BD",
      torch_tensor_16_torch.float32_4: "0x04000000DAA7A53D3A1C51BD0BDA2E3E80FE6C3C37269ABD8346293E7328263D5D4E993DA7F2D83CD3CB9FBD173696BD8D081DBE037B053EB3888D3C1AD9823D33242B3E",
      torch_tensor_32_torch.float32: "0x04000000C3D528BD0B3EC2BC16BA8D3B769BA63DA663123D18B7613D2B6040BBC015BFBCDE5DA8BDAAB1A9BDAB9FBBBBAA8387BDE075EE3C6B9D39BCF3CD9EBDEB3925BDD08B9CBDCE76A7BDAB0A4A3A0B7A76BC6B18AFBB9CFF843D423B883DF080F2BCABF3EFBBEB8712BD627C903D0F04883D388869BDEB4E363D9BD126BD8F4EA63D",
      torch_tensor_32_torch.float32_1: "0x04000000D8BC4F3F912C683F85DC293FD7A8653FCCB2843F76C34C3FE852AC3FF1A89D3FC19E223F8A61B53FD602953F7BCD183F04E0103FA26DA23FAE77833F0157AD3FE7AA803F7C31643F57356F3F1D8A773FF399803F908F363F2B990D3F3A94BB3FD057A73F4EE1BA3F288D903F7C0F883FB304933F83ED083FE7FB013F93E0B03F",
      torch_tensor_32_torch.float32_2: "0x040000003A51493F90FD553F507BA93F5E94BE3F896B363FE28D993FB024943F76C2803F7641613FB422A13F83696B3FD453A33F6FA12C3FE7EB973F1EC1A93FF6C4843FB93D3B3FE2A5B03FEE2D4C3FB388533F1547A63FC3E2413FB26D123F4A50573F962A833F0EA1923F2D8A2C3FB0E0AE3F7D03453FE272843FF3550B3F10DC7E3F",
      torch_tensor_32_torch.float32_3: "0x04000000B87E0B3ED09EF93DC0D850BE00C1443E54BA843E82FAC2BE32B195BE6C3CF8BE38BD0F3E90E8403D80936EBDE435A83EF4E751BE1C2B58BEE09D463E702A29BD288A203ED8A864BE36DBFC3E2C2F8D3E4A9BCDBE422FCE3EC616DBBED024BEBEA0AC553EE063553E6284BB3E282FD6BD88E6F33E40A41BBE5E0AE63EAE06BF3E",
      torch_tensor_32_torch.float32_4: "0x040000002D938C3D4A8C04BEB8201EBEFAD7013D27B2F63DC72B4DBDC8724B3EE744623C6759C63D778DBD3D1B80303E7312B13C9580293E3AF6C0BDA79922BDA0AB363E6B4B3B3E3D8CF6BDA7D8923C0F97343E3A04603D2362053ECFBD29BE4FCA0FBE684B49BE98D149BE4A6420BE5ADF82BD1AE7F53C87E77ABD5796ABBD0D519CBC",
      torch_tensor_10_32_torch.float32: "0x0400000068622D3E5E08FCBDEFF40E3E3EED25BE72D82C3D7244B53D39A5F83C72F515BC7816753D08880E3EDA3DD6BB6826263E23BE08BE25B10C3DA4D728BE88D4F83D8393883DE98711BE584386BD907EC3BDAA93C83D0AB9B5BC7ED3133E0D0B1BBCA9D786BD6983CA3D38296E3D53F8FBBD61647ABCFF5BCF3D2CC1C63DD9F476BD4F7A4E3D9099C43DBB5169BDB888173DD0821D3ECF69A53D81E0313E163934BEB004123E9D07F63D2D2B9C3D953DC6BCDE1B17BDA6DC723DC2022DBE560ABABD40F19BBDA090DB3D9A2399BDBDC9053EA561E6BD43C101BEEBD8D2BDE16EE4BDA3B5353C25111BBE2C9A163E8B4CADBD00DC183E0E06E73D8558D73B078F363D95D51F3ECBAB44BDDB3F94BD4B10A7BCD01B0C3C4951C83C6D008C3DE29E773CDD8E003EA10F833D2DF1B33A82DF36BCF6B412BDCE981E3EE3E426BECA71B3BD5769313E482B36BC3394C9BD725F663C7AB99FBDCE9C6F3CE47B313E303982BDA504A13D5665ADBDABE098BD6134FD3DDFD2303E32686E3D094117BD6E684A3CD75B23BEC39E213E80DE0ABD61602ABC4DEF01BE16F8EBBD1EC933BD1D1BF8BDED4D72BD8FD4CF3DFE8A29BEBEA2EABDE56510BEB2FF9E3DAA6674BD115C553DC2F1233E7B4A003DC1C916BDFB8FA1BD7B6C1DBE857F46BCEF57D3BDEA0D2A3EB15E4D3DE5CA9C3D2BA8EEBD7DC2DF3DCE2FC43D67D490BDE6E2273D69D686BD1D8C213D830346BDEA5F2B3E3E853EBDA28DD03D4E4ED4BD820828BE95AD0D3EA2AB21BE35E61CBE8C26723CFE3FF23DFEA520BD6741CBBD6CCD013D28C3263E75F77ABC568C683DCEC5C73D63F9423D192E213E0AA41ABEDCA6DE3D0055093EBFA6DFBD692142BC3F4588BDA85B1EBEE4AD203EFF30DEBCFE380ABE3F232D3E7583283E315F273E89CBC63BDB4DF93D3D985D3DF039A0BDA3DA923DC7F3D0BD9EB2B8BD33112CBEDED6DE3D8815DD3D7FD00DBD32DA2DBE5D07623D699618BD33F937BD3C0D1C3ED415263E4E1D0EBE0DA8AEBDA324DFBD19B2A7BD9C64F43D614A20BEED4E09BE6DC50DBE9F59033E5FDE1EBD7F79CDBD639CF3BC75E5E7BD1219CC3DD8C3033DE8320DBEE4086ABCA4F4CBBD593120BEEA671D3EF79C31BE7ECAB23C30FC753DDB44043E3598C3BD5355303E1E88873D96DCE5BC9ACE27BE9D0DFABD33821B3E6430DBBD8F510B3E9C4D8CBDEE13023E531E38BCE13E54BD98762BBE6A81D8BCA2CED83D7347023E8E6491BC8825763DA7E695BDD514F9BDC63B973CC91EAABD344D3E3DD3BF933DD56C2DBE807D2FBE60E306BEBEBD213DAFDEAABBB9D8283EE8040FBE2D7D033DA2AACABCDC41A63D0F8FAE3DD596BE3D34D007BE614809BE6C0BA9BD8CA2023D29DD2E3C797FE2BD1A43C7BD0C05943D44B82FBEE163FA3D5421DA3D3E5242BDC6F6883CDEAF17BE156FF6BD1B6423BCFDC8863D3AFA2EBE718AD0BDE65B313E3E9D0BBD73B51CBEFAF6E6BDE3795FBB7B4528BEE2D96FBC4C219ABD5C74FBBD8132B73D4A67013DD0E5453DE18FE43D1DBDFDBDF002FFBDD4CDB23D79962FBE9A611F3EA0D0153E1362103EEEC7643D3F820D3EC87E7F3DD098D9BD0FF410BD9DDD7CBD136B2F3E5D1964BD7D54223DFD1D0A3D637312BECF6CB0BDAD88D83D15E1053EF0933EBD661BEE3D0CC2F6BC3357AE3D9A52193E87F715BEA5D48A3CE6C3F93DF2F9C9BDE1964ABD014EBD3D74FC103EFE6B233E2DAA013E53FFC9BDA8B82EBE231E253B9836C5BDCA5F423D585F90BDA2A202BE790081BDF7CB9CBD21A225BE7928BDBDA941B93DCF7D0BBE",
      torch_tensor_10_torch.float32: "0x0400000069CA93BDDFA526BC09818D3C85569ABC958D3C3D2F67143E5D22673D83A7C9BD669F2CBE476E043E"
    }
  }
#-}
